package notice

// vocabNL is the Dutch vocabulary of the notices. PLACEHOLDER: English until
// the Dutch translation is written.
var vocabNL = vocabEN
