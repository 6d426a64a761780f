using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;

namespace CoCreation.Web.Infrastructure.Mediator;

/// <summary>
/// Finds strings that would make PostgreSQL refuse the row (NUL, other C0 controls, lone surrogates):
/// better a localized message on the field than a 500.
/// </summary>
public static class UnreadableText
{
    // Per message type, once: the properties to read (reflection and attribute lookups are too dear per request).
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> Properties = new();

    public static List<string> Fields(object message)
    {
        var fields = new List<string>();
        Scan(message, "", fields, depth: 0);
        return fields;
    }

    private static void Scan(object? value, string path, List<string> fields, int depth)
    {
        if (value is null || depth > 2)
        {
            return;
        }

        foreach (var property in Properties.GetOrAdd(value.GetType(), ScannedProperties))
        {
            switch (property.GetValue(value))
            {
                case string text when !IsReadable(text):
                    fields.Add(Name(path, property));
                    break;
                case IEnumerable<string?> texts when texts.Any(t => t is not null && !IsReadable(t)):
                    fields.Add(Name(path, property));
                    break;
                case string or IEnumerable:
                    break;
                case { } nested
                    when property.PropertyType.IsClass
                        && property.PropertyType.Namespace?.StartsWith("CoCreation", StringComparison.Ordinal) == true:
                    Scan(nested, Name(path, property), fields, depth + 1);
                    break;
            }
        }
    }

    private static PropertyInfo[] ScannedProperties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p =>
                p.CanRead
                && p.CanWrite
                && p.GetIndexParameters().Length == 0
                && !p.IsDefined(typeof(CheckedByHandlerAttribute), inherit: true)
            )
            .ToArray();

    private static string Name(string path, PropertyInfo property) => path.Length == 0 ? property.Name : $"{path}.{property.Name}";

    public static bool IsReadable(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            // C0 controls and DEL, and the noncharacters XML (the Atom feeds) cannot carry.
            if (
                (c < ' ' && c is not ('\t' or '\r' or '\n'))
                || c == '\u007f'
                || c is '\ufffe' or '\uffff'
                || (c >= '\ufdd0' && c <= '\ufdef')
            )
            {
                return false;
            }

            if (char.IsHighSurrogate(c))
            {
                if (i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]))
                {
                    return false;
                }

                i++;
            }
            else if (char.IsLowSurrogate(c))
            {
                return false;
            }
        }

        return true;
    }
}

/// <summary>A raw text (an uploaded file) whose handler checks it piece by piece and reports where.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class CheckedByHandlerAttribute : Attribute;
