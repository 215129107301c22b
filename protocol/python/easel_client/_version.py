"""Version numbers, in their own module so every other module can import them without cycles."""

# The version of this client package (sent in `hello` as the default client version).
__version__ = "0.1.0"

# The wire protocol version this client speaks (PROTOCOL.md section 6).
PROTOCOL_VERSION = 1
