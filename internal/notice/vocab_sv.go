package notice

// vocabSV is the Swedish vocabulary of the notices. PLACEHOLDER: English until
// the Swedish translation is written.
var vocabSV = vocabEN
