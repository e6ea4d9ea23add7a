/* global L -- Leaflet's global */
// The same member cities as the widget, from the same JSON, as circle markers
// with the city's name as tooltip, on a map with no tile layer.
fetch('/demo/data/members.json')
  .then((response) => response.json())
  .then((data) => {
    const map = L.map('map');
    const markers = data.members.map((member) =>
      L.circleMarker([member.lat, member.lon], { radius: 6 }).bindTooltip(
        typeof member.city === 'string' ? member.city : member.city.en,
      ),
    );
    const group = L.featureGroup(markers).addTo(map);
    map.fitBounds(group.getBounds(), { padding: [20, 20] });
  });
