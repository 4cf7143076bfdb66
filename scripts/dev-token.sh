#!/usr/bin/env bash
# Mints a short-lived bearer token for local development, signed with the test key pair of this repository.
# The service trusts it only when started with the test public key (see docs/writing.md): never in production.
#
# Usage: scripts/dev-token.sh [role] [subject] [minutes]    role: editor (default) or admin
set -euo pipefail

role="${1:-editor}"
subject="${2:-dev-partner}"
minutes="${3:-15}"
key="$(dirname "$0")/../src/test/resources/jwt/privateKey.pem"
issuer="https://aitrainer-api.test"

case "$role" in editor|admin) ;; *) echo "role must be editor or admin" >&2; exit 2 ;; esac

b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }

now=$(date +%s)
header=$(printf '{"alg":"RS256","typ":"JWT"}' | b64url)
payload=$(printf '{"iss":"%s","sub":"%s","groups":["%s"],"iat":%d,"exp":%d,"jti":"%s"}' \
  "$issuer" "$subject" "$role" "$now" "$((now + minutes * 60))" "$(openssl rand -hex 8)" | b64url)
signature=$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -sign "$key" -binary | b64url)
printf '%s.%s.%s\n' "$header" "$payload" "$signature"
