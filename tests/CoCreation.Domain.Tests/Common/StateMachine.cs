namespace CoCreation.Domain.Tests.Common;

/// <summary>The cases of a state machine's test: every move from every state.</summary>
internal static class StateMachine
{
    /// <summary>Each state with each move, and the state the move leads to when <paramref name="legal"/> lists it,
    /// or null where it must be refused.</summary>
    public static TheoryData<TStatus, TMove, TStatus?> EveryMove<TStatus, TMove>(IReadOnlyDictionary<(TStatus, TMove), TStatus> legal)
        where TStatus : struct, Enum
        where TMove : struct, Enum
    {
        var data = new TheoryData<TStatus, TMove, TStatus?>();
        foreach (var status in Enum.GetValues<TStatus>())
        {
            foreach (var move in Enum.GetValues<TMove>())
            {
                data.Add(status, move, legal.TryGetValue((status, move), out var next) ? next : null);
            }
        }

        return data;
    }
}
