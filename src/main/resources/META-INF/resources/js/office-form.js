// The office form: once a country is chosen, the time zone list offers that country's zones, and the zone of a
// one-zone country (or the one covering most of it) is filled in unless the user typed another. The form works
// without this script.
document.addEventListener('DOMContentLoaded', () => {
  const country = document.getElementById('country');
  const zone = document.getElementById('timeZone');
  const list = document.getElementById('zones');
  const help = document.getElementById('timeZone-help');
  if (!country || !zone || !list || !country.dataset.zones) {
    return;
  }
  const byCountry = JSON.parse(country.dataset.zones);
  const everyZone = Array.from(list.options).map((o) => o.value);
  const defaultHelp = help ? help.textContent : '';
  let filled = '';
  const sync = (changed) => {
    const entry = byCountry[country.value] || { zones: [] };
    const zones = entry.zones;
    list.replaceChildren(...(zones.length ? zones : everyZone).map((z) => new Option(z, z)));
    if (changed && (zone.value === '' || zone.value === filled)) {
      zone.value = entry.suggested || '';
      filled = zone.value;
    }
    if (help && !help.classList.contains('field-error')) {
      const name = country.selectedIndex > 0 ? country.options[country.selectedIndex].text : '';
      if (zones.length === 1) {
        help.textContent = `${name} has one time zone: ${zones[0]}.`;
      } else if (zones.length > 1 && entry.suggested) {
        help.textContent = `Most of ${name} is on ${entry.suggested}; the list has its other zones.`;
      } else if (zones.length > 1) {
        help.textContent = `${name} has ${zones.length} time zones: pick the office's (the list offers them).`;
      } else {
        help.textContent = defaultHelp;
      }
    }
  };
  country.addEventListener('change', () => sync(true));
  sync(false);
});
