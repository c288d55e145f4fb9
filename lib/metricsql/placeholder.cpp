// replaced by the parser
