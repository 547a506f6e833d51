/** The downloadable CSV template: the documented columns, with one example row. */
export const CSV_TEMPLATE = [
  "outlet,url,title,author,published_at,body,event",
  '"Harbor Wire",https://harborwire.example/2026/03/10/plant-fire,"Fire at polymer plant forces evacuations","Jane Doe",2026-03-10T14:05:00-07:00,"First paragraph of the article.',
  "",
  'Second paragraph, after a blank line.","Meridian Polymers plant fire"',
  "",
].join("\n");
