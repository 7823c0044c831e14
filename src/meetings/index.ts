// Meeting notes as data: the public surface of src/meetings. Only wiring here.

export type { Meeting, ParsedMeeting, MeetingFileOptions, MeetingLogOptions } from "./types.ts";
export { meetingsFromTokens, parseMeetingLog } from "./parseMeetingLog.ts";
export { meetingFromFileTokens, parseMeetingFile } from "./parseMeetingFile.ts";
export { parseBlocks } from "./tokens.ts";
export { sortMeetings } from "./sortMeetings.ts";
export { organisationOfAttendee, organisationOfSpeaker, looksLikeOrganisation } from "./organisations.ts";
export { EXCERPT_LENGTH, truncateAtWord } from "./excerpt.ts";
