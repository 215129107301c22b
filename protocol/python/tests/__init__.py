# Makes this folder a package: unittest discovery with top_level_dir=protocol/python needs it.
