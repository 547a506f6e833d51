// The material of the generated benchmark story: a fictional harbour strike, its actors, and plain news words.

/** The event's actors; a story names them by name or by one of their aliases. */
export const BENCH_ACTORS = [
  { name: "Mayor Elena Varga", aliases: ["Varga", "the mayor"] },
  { name: "Governor Tomas Reed", aliases: ["Reed", "the governor"] },
  { name: "Northgate Shipping", aliases: ["Northgate", "the shipping company"] },
  { name: "Harbor Workers Union", aliases: ["the union", "union leaders"] },
  { name: "Port Authority", aliases: ["the port authority"] },
  { name: "Chief Inspector Amira Haddad", aliases: ["Haddad", "the inspector"] },
  { name: "City Council", aliases: ["the council", "councillors"] },
  { name: "Calder Residents Alliance", aliases: ["the residents alliance", "residents"] },
] as const;

export const NEWS_WORDS = (
  "harbor workers strike shipping cargo vessels contract wages talks negotiators morning evening " +
  "officials statement meeting council budget million dollars percent residents families business " +
  "owners traffic delays containers terminal cranes docks police protest marched gathered outside " +
  "building offices government federal state agreement proposal rejected accepted offered demanded " +
  "increase pensions safety rules report published according figures analysis economy losses exports " +
  "imports trade on in at the a of for with after before and but while since during week month year " +
  "Tuesday Wednesday Thursday Friday weekend hours days again said added warned noted called expected " +
  "planned decided continued remained local regional national senior former new long short early late " +
  "shipments suppliers retailers shortages prices consumers markets investors shares fell hospital " +
  "schools roads bridge ferry airport railway trucks drivers routes"
).split(" ");

/** Words a loaded-language tag picks out. */
export const LOADED_WORDS =
  "reckless heroic chaotic crippling disastrous courageous shameful brave ruthless stubborn".split(" ");

export const SAYING_VERBS = ["said", "told reporters", "insisted", "claimed", "admitted", "warned", "argued"] as const;
