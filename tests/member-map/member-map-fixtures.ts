/**
 * A members document with `count` generated cities spread over Europe, for the
 * scale tests and the 2,000-member story (the bench, a Node script, keeps its own copy).
 */
export function manyMembers(count: number): { network: Record<string, unknown>; members: Record<string, unknown>[] } {
  const countries = ['AT', 'CZ', 'DE', 'HU', 'PL', 'SK', 'FR', 'IT', 'RO', 'BG', 'HR', 'AL', 'SI'];
  return {
    network: { name: 'Scale test', founded: 1995 },
    members: Array.from({ length: count }, (_, index) => ({
      id: `city-${index}`,
      city: `City ${index}`,
      country: countries[index % countries.length],
      lat: 38 + ((index * 7919) % 1500) / 100,
      lon: -5 + ((index * 104729) % 3000) / 100,
      founding: index % 10 === 0,
      joined: 1995 + (index % 30),
    })),
  };
}
