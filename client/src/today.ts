/** Today's date in Sweden as YYYY-MM-DD, the form every date in the register takes. */
export const today = () => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(new Date());
