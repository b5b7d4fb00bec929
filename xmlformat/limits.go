package xmlformat

// Limits bound what the decoder accepts, so that hostile input fails fast
// in bounded memory. A zero field means its default. The decoder's memory
// is a fixed read buffer (64 KiB) plus, at most, a few times these limits;
// it does not grow with the size of the file.
type Limits struct {
	// MaxDepth is the deepest element nesting accepted. Default 32; a file
	// of the profile nests 5 deep. The decoder rejects an element the
	// profile does not name as soon as it meets it, so this limit is a
	// second line of defence.
	MaxDepth int
	// MaxTextSize is the largest text content of one element, in bytes,
	// after entity references are replaced. Default 4096; the longest
	// value of the profile is ContactIdentifier, 100 characters.
	MaxTextSize int
	// MaxTagSize is the largest start or end tag with its attributes, in
	// bytes. Default 16384.
	MaxTagSize int
	// MaxEnvelopeItems is the most CommunicatorStructure and
	// ContactStructure elements, together, the decoder reads from the
	// envelope (DST's schema puts no bound on them; Decoder.Envelope holds
	// them all). Default 64; the profile's writer emits 2, DST's sibling
	// deliveries 4.
	MaxEnvelopeItems int
}

// Defaults of Limits.
const (
	DefaultMaxDepth    = 32
	DefaultMaxTextSize = 4096
	DefaultMaxTagSize  = 16384

	DefaultMaxEnvelopeItems = 64
)

// withDefaults returns l with every zero or negative field set to its
// default.
func (l Limits) withDefaults() Limits {
	if l.MaxDepth <= 0 {
		l.MaxDepth = DefaultMaxDepth
	}
	if l.MaxTextSize <= 0 {
		l.MaxTextSize = DefaultMaxTextSize
	}
	if l.MaxTagSize <= 0 {
		l.MaxTagSize = DefaultMaxTagSize
	}
	if l.MaxEnvelopeItems <= 0 {
		l.MaxEnvelopeItems = DefaultMaxEnvelopeItems
	}
	return l
}
