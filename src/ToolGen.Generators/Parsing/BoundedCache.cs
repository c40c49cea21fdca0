using System;

namespace ToolGen.Generators.Parsing;

/// <summary>
/// A few values keyed by reference, most recent first. Values made from a <c>Compilation</c> hold its symbols, so
/// whatever keeps a value keeps the compilation: a <c>ConditionalWeakTable</c> keyed by compilation keeps every
/// compilation alive until its value is collected, which the IDE makes many of while the user types. Keeping only
/// the last few bounds that to a handful, while the generator and the analyzer of one compilation still share one value.
/// </summary>
internal sealed class BoundedCache<TKey, TValue>
    where TKey : class
    where TValue : class
{
    private const int Capacity = 4;

    private readonly Func<TKey, TValue> _factory;
    private readonly object _gate = new();
    private readonly (WeakReference<TKey> Key, TValue Value)?[] _entries = new (WeakReference<TKey>, TValue)?[Capacity];

    public BoundedCache(Func<TKey, TValue> factory)
    {
        _factory = factory;
    }

    public TValue GetOrCreate(TKey key)
    {
        lock (_gate)
        {
            if (TryFind(key, out var found))
            {
                return found;
            }
        }

        // Made outside the lock, so that a slow factory does not block other compilations; when two threads race,
        // the first value stored wins and both return it.
        var value = _factory(key);
        lock (_gate)
        {
            if (TryFind(key, out var found))
            {
                return found;
            }

            Array.Copy(_entries, 0, _entries, 1, _entries.Length - 1);
            _entries[0] = (new WeakReference<TKey>(key), value);
        }

        return value;
    }

    private bool TryFind(TKey key, out TValue value)
    {
        for (var i = 0; i < _entries.Length; i++)
        {
            if (_entries[i] is { } entry && entry.Key.TryGetTarget(out var existing) && ReferenceEquals(existing, key))
            {
                MoveToFront(i);
                value = entry.Value;
                return true;
            }
        }

        value = null!;
        return false;
    }

    private void MoveToFront(int index)
    {
        var entry = _entries[index];
        Array.Copy(_entries, 0, _entries, 1, index);
        _entries[0] = entry;
    }
}
