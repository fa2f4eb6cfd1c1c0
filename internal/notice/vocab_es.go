package notice

// vocabES is the Spanish vocabulary of the notices. PLACEHOLDER: English until
// the Spanish translation is written.
var vocabES = vocabEN
