package notice

// vocabIT is the Italian vocabulary of the notices. PLACEHOLDER: English until
// the Italian translation is written.
var vocabIT = vocabEN
