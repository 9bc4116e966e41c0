import { timeFormat, utcFormat } from "d3-time-format";
import { parseDay } from "../i18n/texts";

/** Today on this computer's calendar, as the API writes days. */
export const localToday = () => timeFormat("%Y-%m-%d")(new Date());
/** A roll date (UTC midnight) as an ISO day, and back. */
export const iso = (d: Date) => utcFormat("%Y-%m-%d")(d);
export const fromIso = (s: string) => parseDay(s);
