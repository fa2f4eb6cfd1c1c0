package notice

// vocabPT is the Portuguese vocabulary of the notices. PLACEHOLDER: English until
// the Portuguese translation is written.
var vocabPT = vocabEN
