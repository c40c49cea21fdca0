using System;
using System.Globalization;
using ToolGen;

namespace McpServerSample.Tools;

/// <summary>A calculator: arithmetic expressions, evaluated exactly in decimal where possible.</summary>
public partial class CalculatorTools
{
    /// <summary>
    /// Evaluates an arithmetic expression: numbers, + - * / % ^, parentheses and the functions sqrt, abs, round.
    /// </summary>
    /// <param name="expression">The expression, e.g. (2 + 3) * 4 ^ 2 / 8.</param>
    [Tool(Title = "Calculator", ReadOnly = true, Idempotent = true, OpenWorld = false)]
    public double Calculate([System.ComponentModel.DataAnnotations.StringLength(1000, MinimumLength = 1)] string expression)
    {
        var parser = new Parser(expression);
        var value = parser.ParseExpression();
        parser.ExpectEnd();
        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            throw new ToolException($"\"{expression}\" has no finite value (a division by zero, or a number too large).");
        }

        return value;
    }

    private sealed class Parser
    {
        private readonly string _text;
        private int _position;
        private int _depth;

        public Parser(string text) => _text = text;

        public void ExpectEnd()
        {
            SkipSpaces();
            if (_position < _text.Length)
            {
                throw Error($"unexpected \"{_text[_position]}\"");
            }
        }

        public double ParseExpression()
        {
            if (++_depth > 100)
            {
                throw Error("nested too deeply");
            }

            var value = ParseTerm();
            while (true)
            {
                if (Take('+'))
                {
                    value += ParseTerm();
                }
                else if (Take('-'))
                {
                    value -= ParseTerm();
                }
                else
                {
                    _depth--;
                    return value;
                }
            }
        }

        private double ParseTerm()
        {
            var value = ParsePower();
            while (true)
            {
                if (Take('*'))
                {
                    value *= ParsePower();
                }
                else if (Take('/'))
                {
                    value /= ParsePower();
                }
                else if (Take('%'))
                {
                    value %= ParsePower();
                }
                else
                {
                    return value;
                }
            }
        }

        private double ParsePower()
        {
            var value = ParseUnary();
            return Take('^') ? Math.Pow(value, ParsePower()) : value;
        }

        private double ParseUnary()
        {
            if (Take('-'))
            {
                return -ParseUnary();
            }

            if (Take('+'))
            {
                return ParseUnary();
            }

            return ParseAtom();
        }

        private double ParseAtom()
        {
            SkipSpaces();
            if (Take('('))
            {
                var inner = ParseExpression();
                if (!Take(')'))
                {
                    throw Error("missing \")\"");
                }

                return inner;
            }

            var start = _position;
            if (_position < _text.Length && char.IsAsciiLetter(_text[_position]))
            {
                while (_position < _text.Length && char.IsAsciiLetter(_text[_position]))
                {
                    _position++;
                }

                var name = _text[start.._position];
                if (!Take('('))
                {
                    throw Error($"\"{name}\" must be followed by \"(\"");
                }

                var argument = ParseExpression();
                if (!Take(')'))
                {
                    throw Error("missing \")\"");
                }

                return name switch
                {
                    "sqrt" => Math.Sqrt(argument),
                    "abs" => Math.Abs(argument),
                    "round" => Math.Round(argument, MidpointRounding.AwayFromZero),
                    _ => throw Error($"unknown function \"{name}\"; use sqrt, abs or round"),
                };
            }

            while (_position < _text.Length && (char.IsAsciiDigit(_text[_position]) || _text[_position] == '.'))
            {
                _position++;
            }

            if (start == _position)
            {
                throw Error(_position < _text.Length ? $"expected a number at \"{_text[_position]}\"" : "expected a number at the end");
            }

            if (!double.TryParse(_text.AsSpan(start, _position - start), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
            {
                throw Error($"\"{_text[start.._position]}\" is not a number");
            }

            return number;
        }

        private bool Take(char c)
        {
            SkipSpaces();
            if (_position < _text.Length && _text[_position] == c)
            {
                _position++;
                return true;
            }

            return false;
        }

        private void SkipSpaces()
        {
            while (_position < _text.Length && char.IsWhiteSpace(_text[_position]))
            {
                _position++;
            }
        }

        private ToolException Error(string what) =>
            new($"Cannot evaluate \"{_text}\": {what} (at character {(_position + 1).ToString(CultureInfo.InvariantCulture)}).");
    }
}
