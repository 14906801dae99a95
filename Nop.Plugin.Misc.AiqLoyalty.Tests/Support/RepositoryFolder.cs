namespace Nop.Plugin.Misc.AiqLoyalty.Tests.Support;

/// <summary>The repository the tests run from (the folder holding AiqNopPlugin.sln).</summary>
internal static class RepositoryFolder
{
    /// <summary>The repository root, found above the test output folder.</summary>
    public static string Root
    {
        get
        {
            for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "AiqNopPlugin.sln")))
                    return dir.FullName;
            }

            throw new DirectoryNotFoundException("the repository root (AiqNopPlugin.sln) was not found above " + TestContext.CurrentContext.TestDirectory);
        }
    }
}
