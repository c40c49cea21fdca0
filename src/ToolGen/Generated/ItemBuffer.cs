using System;
using System.Buffers;
using System.Collections.Generic;
using System.ComponentModel;

namespace ToolGen.Generated;

/// <summary>
/// Gathers the items of a JSON array before the generated reader knows how many there are, so that the array or
/// list the tool receives is allocated once at its exact size: the first eight items live in the struct itself (on
/// the reader's stack), any further ones in an array rented from <see cref="ArrayPool{T}.Shared"/> and returned
/// (cleared) by <see cref="ToArray"/> or <see cref="ToList"/>. A <see cref="List{T}"/> gathering them would
/// allocate itself and every array it grows through, and <c>ToArray</c> one more.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
/// <remarks>Called by code that ToolGen generates; not meant to be used by hand. A local, never copied.</remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public struct ItemBuffer<T>
{
    private const int Inline = 8;

    private T _0, _1, _2, _3, _4, _5, _6, _7;
    private T[]? _more;
    private int _count;

    /// <summary>How many items have been added.</summary>
    public readonly int Count => _count;

    /// <summary>Adds an item.</summary>
    /// <param name="item">The item.</param>
    public void Add(T item)
    {
        switch (_count)
        {
            case 0: _0 = item; break;
            case 1: _1 = item; break;
            case 2: _2 = item; break;
            case 3: _3 = item; break;
            case 4: _4 = item; break;
            case 5: _5 = item; break;
            case 6: _6 = item; break;
            case 7: _7 = item; break;
            default: AddMore(item); break;
        }

        _count++;
    }

    /// <summary>The items as an array of exactly <see cref="Count"/> elements; the buffer is empty afterwards.</summary>
    public T[] ToArray()
    {
        if (_count == 0)
        {
            return Array.Empty<T>();
        }

        var array = new T[_count];
        for (var i = 0; i < _count; i++)
        {
            array[i] = this[i];
        }

        Release();
        return array;
    }

    /// <summary>The items as a list whose capacity is exactly <see cref="Count"/>; the buffer is empty afterwards.</summary>
    public List<T> ToList()
    {
        var list = new List<T>(_count);
        for (var i = 0; i < _count; i++)
        {
            list.Add(this[i]);
        }

        Release();
        return list;
    }

    private readonly T this[int index] => index switch
    {
        0 => _0,
        1 => _1,
        2 => _2,
        3 => _3,
        4 => _4,
        5 => _5,
        6 => _6,
        7 => _7,
        _ => _more![index - Inline],
    };

    private void AddMore(T item)
    {
        var index = _count - Inline;
        if (_more is null)
        {
            _more = ArrayPool<T>.Shared.Rent(Inline * 2);
        }
        else if (index == _more.Length)
        {
            var larger = ArrayPool<T>.Shared.Rent(_more.Length * 2);
            Array.Copy(_more, larger, index);
            Array.Clear(_more, 0, index);
            ArrayPool<T>.Shared.Return(_more);
            _more = larger;
        }

        _more[index] = item;
    }

    /// <summary>Gives the rented array back, cleared so that the pool holds no references to the call's values.</summary>
    private void Release()
    {
        if (_more is not null)
        {
            Array.Clear(_more, 0, _count - Inline);
            ArrayPool<T>.Shared.Return(_more);
            _more = null;
        }

        _count = 0;
    }
}
