/**
 * Demo dataset: one fictional event covered by six fictional outlets. Everything here (city, company,
 * people, outlets, quotes) is invented for Framewise; the `.example` domains are reserved (RFC 2606).
 *
 * The articles are written to differ on purpose so the dashboard has something to show:
 * - framing: neutral/official (wire), economic (business paper), environment and responsibility
 *   (progressive), human interest and sensation (tabloid), balanced (public broadcaster), conflict and
 *   blame (partisan);
 * - sourcing: who is quoted, direct quote vs paraphrase vs anonymous source, and attribution verbs;
 * - loaded language: euphemisms in the business paper, intensifiers in the tabloid, loaded terms and
 *   group labels in the progressive and partisan outlets.
 * Calder Public Media reuses two Harbor Wire paragraphs verbatim ("— with wire reports") as the test
 * case for syndicated-text detection; the shared paragraphs are constants so they cannot drift apart.
 *
 * Times are Pacific Daylight Time (-07:00): US daylight saving time starts on 8 March 2026.
 */

export interface DemoOutlet {
  name: string;
  domains: string[];
  country: string; // ISO 3166-1 alpha-2
  language: string; // BCP 47
  notes: string; // ownership, editorial line
}

export interface DemoArticle {
  outlet: string; // DemoOutlet.name
  title: string;
  byline: string;
  publishedAt: string; // ISO 8601 with offset
  canonicalUrl: string; // https on one of the outlet's domains
  body: string;
}

export const DEMO_EVENT: { title: string; description: string; startsOn: string; endsOn: string } = {
  title: "Meridian Polymers plant fire and evacuation in Port Calder",
  description:
    "A fire at the Meridian Polymers plastics plant on the Port Calder waterfront forces about 4,200 residents from their homes for up to three days. Coverage diverges over an anonymous account that city inspectors had flagged a faulty tank cooling system months earlier, the mayor's handling of the emergency, the economic cost of the shutdown, and runoff into Calder Bay. (Fictional demo event.)",
  startsOn: "2026-03-10",
  endsOn: "2026-03-12",
};

const HARBOR_WIRE = "Harbor Wire";
const CALDER_LEDGER = "The Calder Ledger";
const TIDELINE = "Tideline";
const DAILY_FLASH = "The Daily Flash";
const CALDER_PUBLIC = "Calder Public Media";
const BAYSIDE_SENTINEL = "The Bayside Sentinel";

export const DEMO_OUTLETS: DemoOutlet[] = [
  {
    name: HARBOR_WIRE,
    domains: ["harborwire.example"],
    country: "US",
    language: "en-US",
    notes:
      "Fictional. Not-for-profit news cooperative owned by its member newspapers and broadcasters; sells copy to subscribers. Straight-news house style relying mostly on named, on-record official sources.",
  },
  {
    name: CALDER_LEDGER,
    domains: ["calderledger.example", "ledgerbusiness.example"],
    country: "US",
    language: "en-US",
    notes:
      "Fictional. Regional daily owned by Ledger Holdings, a family-controlled publishing group. Strong business section; editorial page favors low taxes, light regulation and port-industry jobs.",
  },
  {
    name: TIDELINE,
    domains: ["tideline.example"],
    country: "US",
    language: "en-US",
    notes:
      "Fictional. Nonprofit digital newsroom funded by reader donations and foundation grants. Progressive; focuses on environmental justice, labor and corporate accountability.",
  },
  {
    name: DAILY_FLASH,
    domains: ["dailyflash.example", "flashnews.example"],
    country: "US",
    language: "en-US",
    notes:
      "Fictional. Tabloid owned by the national entertainment conglomerate Marquee Media Group. Human-interest and crime focus, sensational headlines, frequent unnamed insiders.",
  },
  {
    name: CALDER_PUBLIC,
    domains: ["calderpublic.example", "cpm.example"],
    country: "US",
    language: "en-US",
    notes:
      "Fictional. Community-licensed public radio and web broadcaster funded by listener members and public grants. Editorial standards require balance and named sourcing; subscribes to Harbor Wire.",
  },
  {
    name: BAYSIDE_SENTINEL,
    domains: ["baysidesentinel.example"],
    country: "US",
    language: "en-US",
    notes:
      "Fictional. Opinion-heavy news site owned by a real-estate developer who funds the council opposition. Consistently hostile to Mayor Dana Whitcombe; relies heavily on anonymous sources.",
  },
];

// Joined with a blank line, the paragraph separator the importer normalizes to.
const paragraphs = (...parts: string[]): string => parts.join("\n\n");

// Wire paragraphs that Calder Public Media reprints word for word.
const WIRE_EVACUATION_PARAGRAPH = `The city ordered residents within one mile of the plant, covering most of the Eastside and Tidewater neighborhoods, to leave their homes, and told about 20,000 people downwind to stay indoors with windows closed. Emergency shelters opened at the Calder State University gymnasium and Harbor Middle School. The state Department of Environmental Quality said its air monitors had detected elevated levels of styrene near the plant and that it was sampling continuously around the evacuation zone.`;

const WIRE_PLANT_BACKGROUND_PARAGRAPH = `The plant, which opened in 1987, employs about 380 people and produces polystyrene resins and plastic pellets used in packaging. It stores styrene, a flammable liquid used to make plastics that can irritate the eyes, skin and airways at high concentrations.`;

export const DEMO_ARTICLES: DemoArticle[] = [
  // Wire service, day 1: neutral, official sources, company statement at the end.
  {
    outlet: HARBOR_WIRE,
    title: "Chemical plant fire forces evacuation of 4,200 in Port Calder",
    byline: "By Miriam Okonjo and Daniel Reyes, Harbor Wire",
    publishedAt: "2026-03-10T15:20:00-07:00",
    canonicalUrl: "https://harborwire.example/2026/03/10/port-calder-meridian-polymers-fire-evacuation",
    body: paragraphs(
      `PORT CALDER (Harbor Wire) — A fire that broke out before dawn Tuesday at a plastics plant on the Port Calder waterfront forced about 4,200 residents from their homes and sent a plume of black smoke over the city, officials said.`,
      `The fire began at about 4:40 a.m. in a storage area of the Meridian Polymers plant in the Harbor Industrial District, according to the Port Calder Fire Department. Residents as far as three miles away reported hearing an explosion shortly before the first emergency calls.`,
      `"We are dealing with a large volume of burning product, and we are going to be here for a while," Fire Chief Marcus Oyelaran told reporters at a midday briefing. He said about 130 firefighters from Port Calder and four neighboring departments were at the scene and that crews had kept the fire from spreading to two adjacent tanks.`,
      `Two plant workers were injured, one of whom was taken to Bayview Regional Burn Center with serious burns, the chief said. A Calder General Hospital spokesperson said nine residents had been treated for breathing difficulties and eye irritation. No deaths were reported.`,
      WIRE_EVACUATION_PARAGRAPH,
      `In an address from City Hall broadcast live on local stations, Mayor Dana Whitcombe said the evacuation order would remain in place at least overnight. "Our first job is to get every family safe, and we are not going to rush anyone home before the air is clean," Whitcombe said. She said the city would commission an independent review of the fire and of the plant's inspection history.`,
      `Meridian Polymers said in a statement that all of its employees on site had been accounted for. "We deeply regret the impact this fire is having on our neighbors, and we are cooperating fully with the fire department and state regulators," said Gregory Lindqvist, the company's vice president for communications. The company said the plant had passed all required inspections.`,
      WIRE_PLANT_BACKGROUND_PARAGRAPH,
      `The cause of the fire is under investigation, Oyelaran said.`,
    ),
  },

  // Tabloid, day 1 (before the mayor's address): human interest, sensational, anonymous insiders.
  {
    outlet: DAILY_FLASH,
    title: "INFERNO HELL: Terrified mom flees toxic cloud with kids as chem plant blast rocks Port Calder",
    byline: "By Jake Morrow",
    publishedAt: "2026-03-10T11:02:00-07:00",
    canonicalUrl: "https://dailyflash.example/news/port-calder-chemical-inferno-mom-flees-toxic-cloud",
    body: paragraphs(
      `A terrified mother clutched her two little ones and ran for her life as a monster chemical blaze turned the sky over Port Calder black this morning.`,
      `Tasha Greene, 31, was jolted awake by a deafening boom at 4:40 a.m. as the Meridian Polymers plant erupted into a towering inferno less than a mile from her Cutter Street home.`,
      `"The windows shook and then the whole sky went orange. I thought it was the end of the world," the shaken mom told the Flash. "I grabbed the baby, grabbed my son's hand and we just ran. I didn't even stop for shoes."`,
      `Thousands of residents were ordered out of their homes as a toxic cloud billowed across the waterfront, sending panicked families into streets choked with traffic.`,
      `Fisherman Jorge Almeida, 54, watched the horror unfold from the Tidewater docks. "It was like a bomb went off. Fireballs shooting up into the sky, one after another," he said. "My eyes were burning from a quarter mile away."`,
      `At least two workers were hurt in the blast, one of them with horrific burns, and a string of residents were rushed to Calder General Hospital gasping for air.`,
      `And a plant worker who spoke to the Flash on condition of anonymity claimed staff had been sounding the alarm about one of the storage tanks for months. "Everybody knew that tank ran hot. Everybody. We said it again and again, and nothing happened," the worker said.`,
      `Another insider, who did not want to be named, said managers had been "more worried about hitting the numbers than fixing things."`,
      `Meridian Polymers said in a statement that it "deeply regrets" the fire and that all employees on site were accounted for. The company insisted the plant had passed every required inspection.`,
      `Firefighters were still battling the monster blaze late this morning, and officials warned residents downwind to stay inside with their windows shut.`,
    ),
  },

  // Business paper, day 2 (early, before the inspection story): economic frame, company and chamber
  // quoted, euphemisms ("incident", "release", "temporary relocation").
  {
    outlet: CALDER_LEDGER,
    title: "Meridian fire idles 380 jobs and rattles waterfront economy",
    byline: "By Caroline Stroud, Business Editor",
    publishedAt: "2026-03-11T05:30:00-07:00",
    canonicalUrl: "https://calderledger.example/business/2026/03/11/meridian-fire-idles-380-jobs",
    body: paragraphs(
      `The fire that shut down Meridian Polymers' Port Calder plant on Tuesday has idled one of the city's largest manufacturing employers and left dozens of local suppliers, shippers and waterfront businesses wondering how long the disruption will last.`,
      `Meridian, which employs about 380 people at its Wharf Road site and reports an annual local payroll of roughly $28 million, said Tuesday it would keep paying its workers in full for at least two weeks while it assesses the damage. "Our people are our first priority, and no employee will miss a paycheck because of this incident," said Gregory Lindqvist, the company's vice president for communications.`,
      `Lindqvist said it was too early to estimate when production could resume, but stressed that the plant had "passed every required inspection" and that the company carries insurance for property damage and business interruption. He said Meridian had opened a hotline to reimburse hotel and meal expenses for families affected by the temporary relocation order.`,
      `Janet Okafor, president of the Port Calder Chamber of Commerce, said Meridian buys goods and services from about 60 local firms, from trucking companies to machine shops. "This plant has been a good neighbor and a steady employer for almost 40 years," Okafor said. "The worst thing we could do right now is rush to judgment and drive away the kind of jobs this city has spent decades trying to keep."`,
      `Restaurants and shops along the Eastside commercial strip, inside the evacuation area, stayed shuttered Tuesday. Kevin Tran, who owns the Tideway Bakery on Harbor Avenue, said he expected to throw out two days of inventory. "I understand why they closed the streets, but nobody is covering my flour and my butter," Tran said.`,
      `Aaron Feld, an economist at Calder State University, said a shutdown of a few weeks would be manageable for the regional economy but warned that a long closure could ripple through the port. "Plastic pellets are a meaningful share of what moves through the Calder terminals," Feld said. "If Meridian is down for months, you'll see it in port volumes and in the suppliers' order books."`,
      `City officials said the release from the site had largely dissipated by Tuesday evening. Mayor Dana Whitcombe, who has ordered an independent review, said in her address Tuesday that residents would not be left to cover their own costs. Activist groups have called for the plant to stay closed until a full investigation is complete, a demand Okafor described as premature.`,
    ),
  },

  // Wire service, day 2 follow-up: the anonymous account of ignored inspection warnings.
  {
    outlet: HARBOR_WIRE,
    title: "Inspectors flagged cooling problem at Port Calder plant months before fire, source says",
    byline: "By Daniel Reyes, Harbor Wire",
    publishedAt: "2026-03-11T07:10:00-07:00",
    canonicalUrl: "https://harborwire.example/2026/03/11/meridian-polymers-inspection-warnings-port-calder",
    body: paragraphs(
      `PORT CALDER (Harbor Wire) — City fire inspectors warned Meridian Polymers last year that a cooling system on one of its styrene storage tanks was not working properly, and a follow-up inspection had not taken place by the time fire broke out at the plant on Tuesday, according to a person familiar with the inspection reports.`,
      `The person, who spoke on condition of anonymity because the reports have not been made public, said an August 2025 inspection by the Port Calder fire marshal's office found that the cooling system on a tank known as Tank 3 was malfunctioning and that several sprinkler control valves needed repair. The company was given 90 days to fix the problems, and a re-inspection scheduled for December was postponed, the person said.`,
      `Harbor Wire has not seen the reports. Fire officials have not said where in the plant the fire started or what caused it.`,
      `Meridian Polymers insisted the repairs had been made. "Every item identified in the 2025 inspection was corrected by October and documented with the city," Gregory Lindqvist, the company's vice president for communications, said in an interview late Tuesday. He declined to say why the re-inspection was postponed, saying that was a question for the city.`,
      `The fire marshal's office declined to comment, citing the ongoing investigation. Ben Carrow, a spokesperson for Mayor Dana Whitcombe, said the mayor had asked the office to preserve all records related to the plant and that they would be handed to the independent review she announced Tuesday.`,
      `Ray Duarte, president of United Chemical Workers Local 418, which represents about 300 of the plant's workers, said employees had raised concerns about the tank's cooling system at safety meetings last year. "People on the floor were talking about that tank for months," Duarte said.`,
      `Firefighters put out the last flames early Wednesday, more than 24 hours after the fire began, the fire department said. Fourteen people have been treated at hospitals, and all but one have been released. The worker with serious burns was in stable condition.`,
      `The state Department of Environmental Quality said air readings outside the one-mile evacuation zone had stayed below levels of health concern. Runoff from firefighting reached Calder Bay through storm drains, and the state suspended shellfish harvesting in the bay as a precaution while the Coast Guard deployed containment booms.`,
    ),
  },

  // Partisan outlet, day 2: conflict and blame aimed at the mayor, stacked anonymous sources.
  {
    outlet: BAYSIDE_SENTINEL,
    title: "Whitcombe's City Hall sat on warnings as Meridian 'time bomb' ticked, insiders say",
    byline: "By Grant Hollis",
    publishedAt: "2026-03-11T09:45:00-07:00",
    canonicalUrl: "https://baysidesentinel.example/city-hall/whitcombe-meridian-warnings-time-bomb",
    body: paragraphs(
      `Mayor Dana Whitcombe's fire marshal's office knew about a dangerous defect at the Meridian Polymers plant months before the fire that drove thousands of Port Calder families from their homes — and let the follow-up inspection slide, according to multiple sources.`,
      `A person familiar with the inspection reports told the Sentinel that inspectors flagged a broken cooling system on a styrene tank last August, gave the company 90 days to fix it, then quietly postponed the December re-inspection. The tank, the source said, was "a time bomb everybody at City Hall had been told about."`,
      `A City Hall staffer who requested anonymity because they were not authorized to speak claimed the postponement came after the fire marshal's office lost two inspector positions in Whitcombe's 2025 budget. "They cut the inspectors and then acted surprised when inspections didn't happen," the staffer said.`,
      `Councilman Frank DeLuca, who has clashed with the mayor over public safety spending since her election, said the revelations exposed a pattern of botched oversight. "This mayor gave a nice speech on Tuesday about keeping families safe. Where was that concern when her own inspectors were raising red flags?" DeLuca said. "Port Calder deserves the truth, not another hand-picked review."`,
      `Whitcombe's televised promise of an "independent review" has drawn scorn from critics, who point out that the mayor will choose who conducts it. Sources close to the fire marshal's office said staff were told Tuesday afternoon not to discuss the plant with anyone outside the department, the latest sign of a City Hall more interested in stonewalling than answering questions.`,
      `Residents forced from their homes are furious. "Nobody from the city knocked on my door. I found out from my neighbor's kid," said Eastside resident Carl Benning, who spent Tuesday night in his truck outside the Calder State gym.`,
      `Meridian Polymers claimed all the problems had been fixed by October. The company has not explained why, if the repairs were done, workers were still complaining about the tank, as union officials have said.`,
      `Whitcombe spokesperson Ben Carrow dismissed the questions as "shameful politicking in the middle of an emergency" and said the mayor had ordered all records preserved. He did not say whether the budget cuts had affected inspections.`,
    ),
  },

  // Progressive outlet, day 2: environmental and responsibility frame, residents and activists quoted,
  // loaded terms in the outlet's own voice ("toxic disaster", "cover-up", "chemical giant").
  {
    outlet: TIDELINE,
    title: "'They knew': Port Calder residents demand answers after toxic disaster at Meridian plant",
    byline: "By Rosa Delgado-Finch",
    publishedAt: "2026-03-11T11:45:00-07:00",
    canonicalUrl: "https://tideline.example/environment/port-calder-meridian-toxic-disaster-they-knew",
    body: paragraphs(
      `Linda Marsh spent Tuesday night on a cot in a university gymnasium, a wet towel folded beside her in case her asthma flared again. Her house in Tidewater sits less than half a mile from the Meridian Polymers plant, where a toxic disaster unfolded before dawn as a styrene storage area erupted in flames and poured black smoke over her neighborhood.`,
      `"I woke up and couldn't breathe. The whole sky was orange," said Marsh, a retired schoolteacher. "We have been asking for years what they store over there, and all we ever got was a pamphlet."`,
      `Now residents have reason to believe their fears were ignored. City fire inspectors flagged a malfunctioning cooling system on one of the plant's styrene tanks last August, and a follow-up inspection never happened, Harbor Wire reported Wednesday, citing a person familiar with the inspection reports. Meridian claimed the problems had been fixed by October.`,
      `To Samira Novak, director of the environmental group Calder Bay Watch, the company's response looks like the start of a cover-up. "A company with nothing to hide would publish those inspection reports today," Novak said. "Instead we're getting press releases about being a good neighbor while families in Tidewater breathe this stuff."`,
      `Calder Bay Watch volunteers carrying handheld monitors recorded styrene readings in Tidewater on Tuesday afternoon that Novak said were several times higher than the figures released by the state. State environmental officials have maintained that air outside the evacuation zone stayed below levels of health concern. Tideline could not independently verify the group's readings.`,
      `Then there is the poisoned runoff. Firefighting water laced with chemicals flowed through storm drains into Calder Bay, where the state has halted shellfish harvesting. Jorge Almeida, who has fished out of the Tidewater docks for 22 years, said he saw a rainbow sheen spreading past the breakwater on Wednesday morning. "That bay is my paycheck," he said. "Who pays me while they figure out whether the clams are safe?"`,
      `Workers say the warnings were there, too. Ray Duarte, president of United Chemical Workers Local 418, told Tideline that members had complained about the tank's cooling system at safety meetings throughout last year. "My members shouldn't have to choose between their jobs and their lungs," he said.`,
      `Tasha Greene, a mother of two on Eastside's Cutter Street, said she wants more than an apology. "They keep saying they 'deeply regret' it," Greene said. "Regret doesn't clean my kids' lungs."`,
      `Meridian did not respond to Tideline's questions about the inspection reports. In a statement, the chemical giant said it was cooperating with investigators and that the plant had passed all required inspections.`,
    ),
  },

  // Public broadcaster, day 2: balanced, residents and officials; paragraphs 4 and 8 are Harbor Wire
  // copy reprinted verbatim.
  {
    outlet: CALDER_PUBLIC,
    title: "Most Eastside residents allowed home as questions grow over Meridian inspections",
    byline: "By Nadia Ferris, Calder Public Media",
    publishedAt: "2026-03-11T17:30:00-07:00",
    canonicalUrl: "https://calderpublic.example/news/2026/03/11/eastside-residents-return-meridian-inspections",
    body: paragraphs(
      `Most Eastside residents were allowed home Wednesday afternoon, a day and a half after the Meridian Polymers fire forced them out, but about 1,100 people in Tidewater, the neighborhood closest to the plant, must wait at least one more night.`,
      `Emergency Management Director Priya Halvorsen said the order for most of Eastside was lifted at 2 p.m. after state sampling showed styrene back at background levels. "Tidewater is closest to the site and closest to the water, and we want another full round of samples before we send families back," Halvorsen said.`,
      `At the Harbor Middle School shelter, reactions were mixed. Linda Marsh, a Tidewater resident who has spent two nights there, said she was tired of waiting for information. "Every time I ask a question, someone tells me there will be an update at the next briefing," she said. Eastside retiree Dale Whitford was more forgiving. "They did what they had to do," he said.`,
      WIRE_EVACUATION_PARAGRAPH,
      `Questions about the plant's safety record sharpened after Harbor Wire reported, citing a person familiar with the inspection reports, that city inspectors had flagged a faulty cooling system on a styrene tank in August 2025. Meridian says the repairs were completed in October. Calder Public Media has not confirmed the reports' contents, and the fire marshal's office declined to comment.`,
      `Mayor Dana Whitcombe told Calder Public Media that her independent review would examine "every inspection, every follow-up and every missed follow-up." Asked whether postponing a December re-inspection had been a mistake, she said, "If it was, we will say so publicly."`,
      `Samira Novak of the environmental group Calder Bay Watch called on the city to release the inspection reports immediately. Janet Okafor of the Port Calder Chamber of Commerce urged residents to await the review's findings before judging the company.`,
      WIRE_PLANT_BACKGROUND_PARAGRAPH,
      `The cause of the fire has not been determined. Of 14 people treated at hospitals, all but one have been released.`,
      `— with wire reports`,
    ),
  },

  // Partisan outlet, day 3 follow-up: council fight, anonymous aides, group labels ("cronies").
  {
    outlet: BAYSIDE_SENTINEL,
    title: "Council meeting erupts as DeLuca demands Whitcombe's Meridian records",
    byline: "By Grant Hollis",
    publishedAt: "2026-03-12T20:10:00-07:00",
    canonicalUrl: "https://baysidesentinel.example/city-hall/council-erupts-deluca-whitcombe-meridian-records",
    body: paragraphs(
      `Tempers boiled over at Thursday's emergency City Council meeting as Councilman Frank DeLuca demanded that Mayor Dana Whitcombe hand over every document on the Meridian Polymers plant — and the mayor's cronies on the council closed ranks to bury the request.`,
      `A motion to subpoena the fire marshal's inspection files failed 5-4 after a heated two-hour debate, with the mayor's rubber-stamp majority voting it down.`,
      `"What is this mayor hiding?" DeLuca asked from the dais. "If the repairs were done and the inspections were fine, release the files tonight. The only reason to stonewall is that the files say what we think they say."`,
      `Whitcombe insisted the records would be made public once the independent review was complete. "I will not let an emergency in this city become a campaign commercial," she said, drawing jeers from the packed gallery.`,
      `Two council aides, who spoke on condition of anonymity to describe private conversations, said the mayor's office lobbied wavering members by phone throughout the afternoon. One aide said a council member was warned that backing the subpoena would "blow up" negotiations over next year's budget. The mayor's office denied making any such calls.`,
      `The vote came hours after the city lifted the last of its evacuation orders, allowing about 1,100 Tidewater residents to return home Thursday morning. Many came straight to City Hall.`,
      `"They kept us in a gym for two nights and told us nothing," Tidewater resident Marisol Vega said during public comment. "Now they want us to trust them to investigate themselves?"`,
      `Ray Duarte, president of United Chemical Workers Local 418, told the council his members had warned about the tank's cooling system long before the fire and called for a state-led investigation instead of a city one. DeLuca vowed to bring the subpoena back next week.`,
      `Meridian Polymers, which has said the plant will stay closed indefinitely, did not send a representative to the meeting.`,
    ),
  },
];

/** Who the demo coverage is about, with the other names the articles use for each. */
export const DEMO_ACTORS: { name: string; aliases: string[] }[] = [
  { name: "Meridian Polymers", aliases: ["Meridian", "the company", "the chemical giant", "Gregory Lindqvist"] },
  {
    name: "Port Calder city government",
    aliases: ["City Hall", "the mayor's office", "Mayor Dana Whitcombe", "Whitcombe", "Ben Carrow"],
  },
  {
    name: "Port Calder Fire Department",
    aliases: ["fire department", "Fire Chief Marcus Oyelaran", "fire marshal's office"],
  },
  { name: "Residents", aliases: ["evacuees", "Eastside residents", "Tidewater residents", "families"] },
  {
    name: "State Department of Environmental Quality",
    aliases: ["state environmental agency", "state environmental officials", "the state"],
  },
  { name: "United Chemical Workers Local 418", aliases: ["the union", "Ray Duarte", "plant workers"] },
  { name: "Calder Bay Watch", aliases: ["environmental group", "activists", "Samira Novak"] },
  { name: "Council opposition", aliases: ["Councilman Frank DeLuca", "DeLuca"] },
  { name: "Port Calder Chamber of Commerce", aliases: ["the chamber", "Janet Okafor"] },
];

/** The statements and figures the demo outlets carry, question or leave out. */
export const DEMO_CLAIMS: { label: string; detail: string }[] = [
  {
    label: "Meridian: the plant passed every required inspection",
    detail:
      "Company statement by Gregory Lindqvist on the day of the fire; later: every item from the 2025 inspection was corrected by October.",
  },
  {
    label: "Mayor Whitcombe's address: evacuation holds, independent review",
    detail:
      "Televised address from City Hall, 10 March: the evacuation order stays at least overnight; the city will commission an independent review of the fire and the plant's inspection history.",
  },
  {
    label: "Inspectors flagged Tank 3's cooling system in August 2025",
    detail:
      "Anonymous source familiar with the fire marshal's reports: 90 days to fix, December re-inspection postponed. Meridian says the repairs were made.",
  },
  {
    label: "Council subpoena of the inspection files failed 5–4",
    detail: "Emergency City Council meeting, 12 March; Councilman DeLuca vowed to bring it back.",
  },
];
