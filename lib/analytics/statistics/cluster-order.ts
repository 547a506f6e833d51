/**
 * An order of items that puts similar ones side by side, from a symmetric distance matrix: average-linkage
 * agglomerative clustering, joining at each step the two closest clusters, end to end in whichever orientation
 * puts the nearest items next to each other. Ties break by first index, so the order is stable.
 */
export function clusterOrder(distances: readonly (readonly number[])[]): number[] {
  let clusters = distances.map((_, index) => [index]);
  const between = (a: number[], b: number[]) =>
    a.reduce((sum, i) => sum + b.reduce((inner, j) => inner + distances[i][j], 0), 0) / (a.length * b.length);
  while (clusters.length > 1) {
    let best = { a: 0, b: 1, distance: Infinity };
    for (let a = 0; a < clusters.length; a += 1)
      for (let b = a + 1; b < clusters.length; b += 1) {
        const distance = between(clusters[a], clusters[b]);
        if (distance < best.distance) best = { a, b, distance };
      }
    const joined = joinEnds(clusters[best.a], clusters[best.b], distances);
    clusters = [...clusters.filter((_, index) => index !== best.a && index !== best.b), joined];
    clusters.sort((x, y) => Math.min(...x) - Math.min(...y));
  }
  return clusters[0] ?? [];
}

function joinEnds(a: number[], b: number[], distances: readonly (readonly number[])[]): number[] {
  const reversedA = [...a].reverse();
  const reversedB = [...b].reverse();
  const options = [
    [...a, ...b],
    [...a, ...reversedB],
    [...reversedA, ...b],
    [...reversedA, ...reversedB],
  ];
  // Every option joins a's last item to b's first at the same place: keep the closest pair there.
  const seam = (order: number[]) => distances[order[a.length - 1]][order[a.length]];
  return options.reduce((best, order) => (seam(order) < seam(best) ? order : best));
}
