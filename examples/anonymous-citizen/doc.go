// Command anonymous-citizen shows how to report a citizen who stays
// anonymously, e.g. at a kvindekrisecenter (SEL § 109): DST asks for a
// fictive number in PsrID, the birth date followed by 9998 for a woman or
// 9999 for a man, and 1234569998 or 1234569999 when the birth date is not
// known either.
package main
