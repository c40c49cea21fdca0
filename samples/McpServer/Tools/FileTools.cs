using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using ToolGen;

namespace McpServerSample.Tools;

/// <summary>One entry of a folder.</summary>
/// <param name="Name">The file or folder name.</param>
/// <param name="Kind">"file" or "directory".</param>
/// <param name="Size">The size in bytes (0 for a folder).</param>
public sealed record FileEntry(string Name, string Kind, long Size);

/// <summary>A folder's entries.</summary>
/// <param name="Path">The folder, relative to the sandbox ("." for its root).</param>
/// <param name="Entries">Its files and folders, by name.</param>
public sealed record DirectoryListing(string Path, List<FileEntry> Entries);

/// <summary>Part of a text file.</summary>
/// <param name="Path">The file, relative to the sandbox.</param>
/// <param name="Text">The text read.</param>
/// <param name="Truncated">Whether the file goes on past what was read.</param>
public sealed record FileText(string Path, string Text, bool Truncated);

/// <summary>
/// File tools confined to one folder (the sandbox). Every path is relative to it; a path that leaves it (<c>..</c>,
/// an absolute path elsewhere, a symbolic link pointing out) is refused.
/// </summary>
public partial class FileTools
{
    private readonly string _root;

    /// <summary>Creates file tools over a sandbox folder.</summary>
    /// <param name="root">The sandbox folder, a full path.</param>
    public FileTools(string root)
    {
        _root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
    }

    /// <summary>Lists the files and folders of a folder in the sandbox.</summary>
    /// <param name="path">The folder, relative to the sandbox; "." for its root.</param>
    [Tool(Title = "List a folder", ReadOnly = true, OpenWorld = false)]
    public DirectoryListing ListDirectory(string path = ".")
    {
        var full = Resolve(path);
        if (!Directory.Exists(full))
        {
            throw new ToolException($"No folder \"{path}\" in the sandbox.");
        }

        var entries = new List<FileEntry>();
        foreach (var entry in new DirectoryInfo(full).EnumerateFileSystemInfos())
        {
            entries.Add(entry is FileInfo file ? new FileEntry(file.Name, "file", file.Length) : new FileEntry(entry.Name, "directory", 0));
        }

        entries.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        return new DirectoryListing(Relative(full), entries);
    }

    /// <summary>Reads a UTF-8 text file in the sandbox.</summary>
    /// <param name="path">The file, relative to the sandbox.</param>
    /// <param name="maxChars">At most this many characters are returned, 1 to 100000.</param>
    [Tool(Title = "Read a file", ReadOnly = true, OpenWorld = false)]
    public FileText ReadFile(string path, [System.ComponentModel.DataAnnotations.Range(1, 100_000)] int maxChars = 20_000)
    {
        var full = Resolve(path);
        if (!File.Exists(full))
        {
            throw new ToolException($"No file \"{path}\" in the sandbox.");
        }

        using var reader = new StreamReader(full, Encoding.UTF8);
        var buffer = new char[maxChars];
        var read = reader.ReadBlock(buffer, 0, maxChars);
        return new FileText(Relative(full), new string(buffer, 0, read), reader.Peek() >= 0);
    }

    /// <summary>Writes a UTF-8 text file in the sandbox, replacing it if it exists; creates missing folders.</summary>
    /// <param name="path">The file, relative to the sandbox.</param>
    /// <param name="text">The whole new content.</param>
    [Tool(Title = "Write a file", RequiresApproval = true, Destructive = true, Idempotent = true, OpenWorld = false)]
    public string WriteFile(string path, string text)
    {
        var full = Resolve(path);
        if (Directory.Exists(full))
        {
            throw new ToolException($"\"{path}\" is a folder.");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        return $"Wrote {Encoding.UTF8.GetByteCount(text)} bytes to {Relative(full)}.";
    }

    /// <summary>The full path of a sandbox path, or a refusal when it would leave the sandbox.</summary>
    private string Resolve(string path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new ToolException("Give a path relative to the sandbox, e.g. \"notes.txt\" or \".\".");
        }

        var full = Path.GetFullPath(Path.Combine(_root, path));
        if (!IsInside(full))
        {
            throw new ToolException($"\"{path}\" is outside the sandbox; give a path relative to it, without \"..\" leading out.");
        }

        // A symbolic link inside the sandbox may point out of it: follow every existing part of the path.
        var current = _root;
        foreach (var part in Path.GetRelativePath(_root, full).Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            if (part == ".")
            {
                continue;
            }

            current = Path.Combine(current, part);
            FileSystemInfo info = Directory.Exists(current) ? new DirectoryInfo(current) : new FileInfo(current);
            if (info.Exists && info.LinkTarget is not null)
            {
                var target = info.ResolveLinkTarget(returnFinalTarget: true);
                if (target is null || !IsInside(Path.GetFullPath(target.FullName)))
                {
                    throw new ToolException($"\"{path}\" leads outside the sandbox through a symbolic link.");
                }
            }
        }

        return full;
    }

    private bool IsInside(string full) =>
        string.Equals(full, _root, StringComparison.Ordinal) ||
        full.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private string Relative(string full)
    {
        var relative = Path.GetRelativePath(_root, full);
        return relative.Replace(Path.DirectorySeparatorChar, '/');
    }
}
