namespace CoCreation.Bench;

/// <summary>"--name value" pairs from the command line.</summary>
internal sealed class Options(string[] args)
{
    public string Get(string name, string? fallback = null)
    {
        var index = Array.IndexOf(args, "--" + name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : fallback ?? throw new ArgumentException($"--{name} is required");
    }

    public int GetInt(string name, int fallback) =>
        int.Parse(
            Get(name, fallback.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            System.Globalization.CultureInfo.InvariantCulture
        );
}
