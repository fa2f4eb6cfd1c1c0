package notice

// vocabDE is the German vocabulary of the notices. PLACEHOLDER: English until
// the German translation is written.
var vocabDE = vocabEN
