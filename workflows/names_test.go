package workflows

const legalName = "Dana Whitfield"
