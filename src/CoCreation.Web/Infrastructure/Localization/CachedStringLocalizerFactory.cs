using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Options;

namespace CoCreation.Web.Infrastructure.Localization;

/// <summary>
/// The resource-file localizer, remembered per (culture, key). A page asks for a hundred texts or more (layout,
/// labels, every row's kind and status), and each plain lookup walks the culture fallback chain through
/// ResourceManager's locks; the texts never change while the process runs, so each is looked up once.
/// </summary>
public sealed class CachedStringLocalizerFactory(IOptions<LocalizationOptions> options, ILoggerFactory loggerFactory)
    : IStringLocalizerFactory
{
    private readonly ResourceManagerStringLocalizerFactory _inner = new(options, loggerFactory);
    private readonly ConcurrentDictionary<(Type, string, string), IStringLocalizer> _byName = new();
    private readonly ConcurrentDictionary<Type, IStringLocalizer> _byType = new();

    public IStringLocalizer Create(Type resourceSource) =>
        _byType.GetOrAdd(resourceSource, type => new CachedStringLocalizer(_inner.Create(type)));

    public IStringLocalizer Create(string baseName, string location) =>
        _byName.GetOrAdd((typeof(object), baseName, location), key => new CachedStringLocalizer(_inner.Create(key.Item2, key.Item3)));

    private sealed class CachedStringLocalizer(IStringLocalizer inner) : IStringLocalizer
    {
        // Keys come from code (a few thousand at most across three languages); the bound only guards against a
        // page that would ever localize free text.
        private const int MaximumEntries = 20_000;
        private readonly ConcurrentDictionary<(string Culture, string Name), LocalizedString> _texts = new();

        public LocalizedString this[string name]
        {
            get
            {
                var key = (CultureInfo.CurrentUICulture.Name, name);
                if (_texts.TryGetValue(key, out var text))
                {
                    return text;
                }

                text = inner[name];
                if (_texts.Count < MaximumEntries)
                {
                    _texts.TryAdd(key, text);
                }

                return text;
            }
        }

        public LocalizedString this[string name, params object[] arguments]
        {
            get
            {
                // As ResourceManagerStringLocalizer does: a missing key formats the key itself.
                var format = this[name];
                return new LocalizedString(
                    name,
                    string.Format(CultureInfo.CurrentCulture, format.Value, arguments),
                    format.ResourceNotFound,
                    format.SearchedLocation
                );
            }
        }

        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => inner.GetAllStrings(includeParentCultures);
    }
}
