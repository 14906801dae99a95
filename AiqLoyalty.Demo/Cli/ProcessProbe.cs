using System.Diagnostics;

namespace AiqLoyalty.Demo.Cli;

/// <summary>Whether a process (the store the demo started) still runs.</summary>
public static class ProcessProbe
{
    /// <summary>True while process <paramref name="pid"/> exists and is not a zombie waiting to be reaped.</summary>
    public static bool IsAlive(int pid)
    {
        var stat = $"/proc/{pid}/stat";
        if (File.Exists(stat))
        {
            try
            {
                // "pid (command) S ...": the state letter follows the last ')'.
                var text = File.ReadAllText(stat);
                var state = text[(text.LastIndexOf(')') + 1)..].TrimStart();
                return state.Length > 0 && state[0] is not ('Z' or 'X');
            }
            catch (IOException)
            {
                return false;
            }
        }

        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
