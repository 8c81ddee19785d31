#!/usr/bin/env bash
# Generates the dev overlay's secret material into overlays/dev/secrets/ (git-ignored): random database
# passwords, an RSA-2048 JWT key pair and a bootstrap admin. Kept if present; --force regenerates.
# Nothing here is ever committed; prod gets the same Secrets from its secret manager (README).
set -euo pipefail
DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/secrets"
if [[ -f $DIR/.complete && ${1:-} != --force ]]; then
  exit 0
fi
command -v openssl >/dev/null || { echo "gen-dev-secrets.sh: openssl is required" >&2; exit 1; }
rm -rf "$DIR"
mkdir -p "$DIR"
chmod 700 "$DIR"
umask 077
random() { openssl rand -hex 24; }

printf 'username=postgres\npassword=%s\n' "$(random)" >"$DIR/pg-superuser.env"
for svc in identity tarot chat wallet audit; do
  printf 'app-password=%s\nowner-password=%s\n' "$(random)" "$(random)" >"$DIR/$svc-db.env"
done
printf 'email=admin@samia.dev\npassword=Dev-%s\n' "$(openssl rand -hex 12)" >"$DIR/bootstrap-admin.env"
# <svc>-env: secret settings, keys = the variables the service reads (empty = feature off / sandbox)
printf 'SAMIA_SMTP_USERNAME=\nSAMIA_SMTP_PASSWORD=\n' >"$DIR/identity-env.env"
printf 'SAMIA_LLM_API_KEY=\n' >"$DIR/tarot-env.env"
printf 'SAMIA_CHAT_ENCRYPTION_KEYS=k1:%s\nSAMIA_TURN_SECRET=%s\n' "$(openssl rand -base64 32)" "$(random)" >"$DIR/chat-env.env"
printf 'STRIPE_SECRET_KEY=\nSTRIPE_WEBHOOK_SECRET=\nSANDBOX_WEBHOOK_SECRET=whsec_%s\n' "$(random)" >"$DIR/wallet-env.env"
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$DIR/jwt-private.pem" 2>/dev/null
openssl pkey -in "$DIR/jwt-private.pem" -pubout -out "$DIR/jwt-public.pem"
touch "$DIR/.complete"
echo "dev secrets written to $DIR"
