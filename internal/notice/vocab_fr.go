package notice

// vocabFR is the French vocabulary of the notices. PLACEHOLDER: English until
// the French translation is written.
var vocabFR = vocabEN
