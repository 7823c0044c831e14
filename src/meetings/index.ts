// Meeting notes as data: the public surface of src/meetings. Only wiring here.

export type { Meeting, MeetingFileOptions, MeetingLogOptions } from "./types.ts";
export { meetingsFromTokens, parseMeetingLog } from "./parseMeetingLog.ts";
export { parseMeetingFile } from "./parseMeetingFile.ts";
export { groupFromPath, isMeetingFile, mayHoldMeetingLog } from "./paths.ts";
export { sortMeetings } from "./sortMeetings.ts";
export { organisationOfAttendee, organisationOfSpeaker, looksLikeOrganisation } from "./organisations.ts";
export { EXCERPT_LENGTH, truncateAtWord } from "./excerpt.ts";
