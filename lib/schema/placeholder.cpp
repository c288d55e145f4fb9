// replaced by the YAML loader
