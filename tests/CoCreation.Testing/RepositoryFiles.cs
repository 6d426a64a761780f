namespace CoCreation.Testing;

/// <summary>
/// The repository the tests run from, for the tests that read its own files (formatting, resources, forms, icons, the
/// audit trail) and the journeys that leave screenshots in it.
/// </summary>
public static class RepositoryFiles
{
    /// <summary>The folder holding CoCreation.sln, found upwards from the test's binaries; null when there is none.</summary>
    public static string? FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "CoCreation.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName;
    }

    /// <summary>The folder holding CoCreation.sln; a test that reads the sources fails when it is not found.</summary>
    public static string Root =>
        FindRoot() ?? throw new InvalidOperationException("CoCreation.sln not found above " + AppContext.BaseDirectory);
}
