// The Chrome extension's identity. The manifest carries this public key (wxt.config.ts), so every
// unpacked or packed Chrome build gets the same id, and the server can allow exactly its origin for
// CORS (EXTENSION_ORIGINS' default). Firefox gives each install a random moz-extension:// UUID, so it
// cannot be pinned this way. The id is the first 128 bits of SHA-256(key) written with a-p.

export const VANTA_EXTENSION_PUBLIC_KEY =
  "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAtQIJ5/uVSySJ1H1hzY6TWtC1CINaxwDiOPbBO/z0L/lT8AOEdpYX8zKVuT8GHm0h+a1bKiryFZ/gbhIhHxewB4KkzvETAxD23qvDOu+TzCT19qZZJAzB4jZGkYjf7GcqMyaIUVv6GY7AAwlBvikXMHph3mRUvGf2dgqvIpC10/TZv4/+Y675Pe/1y18XkYAUVBdBn7k0rzpBICDnhREX7ZW00/S7nN9Bo7CL2e3hVBAzEE8iQJ4xbLPseFQLGDgjxT+BZlGVI5Nc68tDUqiaxnPRUogmyAWM+rBvQnHlFj817T0pT8tFdnYnyCohpfy0I3nAsdjrFVveujYJ+gPzzQIDAQAB";

export const VANTA_EXTENSION_ID = "iakjkhdkbinbaemgegnhemkkpbecopem";
