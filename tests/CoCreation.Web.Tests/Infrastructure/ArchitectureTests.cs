using NetArchTest.Rules;

namespace CoCreation.Web.Tests.Infrastructure;

/// <summary>ARCHITECTURE.md rule 6: arrows point from features to mechanisms, never back.</summary>
public sealed class ArchitectureTests
{
    [Theory]
    [InlineData("CoCreation.Web.Infrastructure")]
    [InlineData("CoCreation.Web.Data")]
    public void Infrastructure_and_data_name_no_feature(string layer)
    {
        // Reads the IL (Mono.Cecil), so a feature named inside a method body counts too.
        var result = Types
            .InAssembly(typeof(Program).Assembly)
            .That()
            .ResideInNamespace(layer)
            .Should()
            .NotHaveDependencyOnAny("CoCreation.Web.Features")
            .GetResult();

        Assert.True(result.IsSuccessful, string.Join(", ", result.FailingTypes?.Select(t => t.FullName) ?? []));
    }

    [Fact]
    public void The_domain_knows_nothing_of_the_web_project_or_of_ef()
    {
        var result = Types
            .InAssembly(typeof(Domain.Common.DomainException).Assembly)
            .Should()
            .NotHaveDependencyOnAny("CoCreation.Web", "Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore")
            .GetResult();

        Assert.True(result.IsSuccessful, string.Join(", ", result.FailingTypes?.Select(t => t.FullName) ?? []));
    }

    [Fact]
    public void A_text_typed_per_language_is_one_localized_input_not_three_strings()
    {
        // ARCHITECTURE.md rule 6b: one type, one validator, one field for every en/fr/es text a message carries.
        var triples = typeof(Program)
            .Assembly.GetTypes()
            .Where(t => typeof(Mediator.IMessage).IsAssignableFrom(t) && !t.IsAbstract)
            .SelectMany(t =>
                t.GetProperties()
                    .Where(p =>
                        p.PropertyType == typeof(string)
                        && p.Name.EndsWith("En", StringComparison.Ordinal)
                        && t.GetProperty(p.Name[..^2] + "Fr") is not null
                        && t.GetProperty(p.Name[..^2] + "Es") is not null
                    )
                    .Select(p => t.FullName + "." + p.Name[..^2])
            )
            .ToList();

        Assert.Empty(triples);
    }
}
