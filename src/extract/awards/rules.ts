/** The awards rules files (rules/award-names.json, award-ranks.json, organizers.json), checked with zod on load. */
import { z } from "zod";
import { described, loadRules } from "../../rules/load.ts";

const words = z.array(z.string().min(1));
const ruleId = z.string().regex(/^(award|rank)\./);

const NameRules = z.object({
  ...described,
  families: z.array(
    z.object({
      id: ruleId,
      keyword: z.string().min(1),
      direction: z.enum(["before", "after"]),
      maxWords: z.number().int().positive(),
      nextWords: words.optional(),
    }),
  ),
  contestContexts: z.array(z.object({ id: ruleId, phrase: z.string().min(1), maxWords: z.number().int().positive(), notFirst: words })),
  namedPrizes: z.array(z.object({ id: ruleId, forms: words.min(1), memberForms: words, levels: words })),
  leadStops: words,
  endStops: words,
  innerConnectors: words,
  formerNameCues: words,
  editionScopes: words,
  yearWords: words,
});

const RankRules = z.object({
  ...described,
  rankWords: words,
  numeralRankWords: words,
  ordinalTitleWords: words,
  numerals: z.record(z.string(), z.number().int().positive()),
  honourable: z.object({ words, after: z.number().int().nonnegative() }),
  fixed: z.array(z.object({ id: ruleId, phrase: z.string().min(1), rank: z.number().int().positive() })),
  superlatives: z.object({ words, cues: words, maxWordsBetween: z.number().int().nonnegative(), notBefore: words }),
  levels: words,
  categoryCues: words,
  categoryCuesLowercase: words,
  contestCues: words,
  asCues: words,
  phraseStops: words,
  phraseStopsLowercase: words,
  titleCaseJoiners: words,
  maxPhraseWords: z.number().int().positive(),
  winVerbs: words,
  passiveWinVerbs: words,
  rankVerbs: words,
  listingVerbs: words,
  awardHandOvers: z.object({ verbs: words, nouns: words, activeVerbs: words }),
  clauseOpeners: words,
  pastCues: words,
  negativeCues: words,
  prizeScheduleCues: words,
  rankToRecipient: words,
  rankHandOvers: words,
  addressOpeners: words,
  listAnnouncers: words,
  ownCategoryLinks: words,
  rankQualifiers: words,
  teamHeads: words,
  governmentHeads: words,
  categoryAnaphors: words,
  seriesCues: words,
  clauseJoiners: words,
  organizationHeads: words,
  enumerations: z.object({ openers: words, winnerWords: words }),
  finalists: z.object({ cues: words, sizeWord: z.string().min(1), openers: words }),
});

const OrganizerRules = z.object({
  ...described,
  organizers: z.record(z.string(), z.string().min(1)),
  cues: words,
});

export const nameRules = loadRules("award-names.json", NameRules);
export const rankRules = loadRules("award-ranks.json", RankRules);
export const organizerRules = loadRules("organizers.json", OrganizerRules);
