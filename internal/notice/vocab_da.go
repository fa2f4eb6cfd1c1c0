package notice

// vocabDA is the Danish vocabulary of the notices. PLACEHOLDER: English until
// the Danish translation is written.
var vocabDA = vocabEN
