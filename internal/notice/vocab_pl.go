package notice

// vocabPL is the Polish vocabulary of the notices. PLACEHOLDER: English until
// the Polish translation is written.
var vocabPL = vocabEN
