package conformance

// Version is the version of the suite: its cases, their files and the
// stdin/stdout contract. Vendors pin it (see README.md). The version
// changes whenever a case is added, removed or changes its expected
// outcome; every manifest and suite.json carry it.
const Version = "0.3.0"

// Profile is the FormVersion of the XML profile the suite's expected.xml
// files are written in: xmlformat.DefaultProfile().Codes.FormVersion.
const Profile = "siukit-profile-1"
