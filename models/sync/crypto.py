"""Encryption of everything a team puts in its shared folder, through the `cryptography`
package (no primitive of our own).

- The team key is 32 random bytes. The folder's descriptor keeps it wrapped by the team
  passphrase: scrypt (n=2^15, r=8, p=1) makes a key from the passphrase and a random salt, and
  AES-256-GCM wraps the team key with it.
- A file in the folder is sealed with envelope encryption: a fresh content key per file
  encrypts the body (AES-256-GCM, the file's header as associated data, so a changed header is
  refused), and the content key is wrapped for each recipient: the team key, or the X25519
  public keys of the PCs that may read it (HPKE, RFC 9180), so that a salesperson's PC opens
  only what its user may see (models.sync.access).

File layout: MAGIC, the header's length (4 bytes, big-endian), the header (JSON, readable
without a key: which device wrote the file, which changes it holds, for whom it is wrapped),
then the encrypted body."""

from __future__ import annotations

import base64
import hashlib
import json
import os
import struct

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hpke, serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

MAGIC = b"KEHU-SYNC\x00\x01\n"
MAX_HEADER = 1 << 20
SCRYPT = {"n": 2**15, "r": 8, "p": 1}
WRAP_AAD = b"kehu team key"
CONTENT_AAD = b"kehu content key"
PC_INFO = b"kehu pc key\x00"  # HPKE info: which PC a content key is wrapped for
# HPKE (RFC 9180) wraps a content key for one PC's X25519 public key
_SUITE = hpke.Suite(hpke.KEM.X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.AES_256_GCM)


class SealError(Exception):
    """A file of the folder cannot be read: not Kehu's, incomplete, or not for our keys."""

    def __init__(self, kind: str, detail: str = "") -> None:
        super().__init__(f"{kind}: {detail}" if detail else kind)
        self.kind = kind  # "not_sealed", "incomplete", "no_key", "damaged"


class WrongPassphrase(Exception):
    pass


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"))


def new_key() -> bytes:
    return AESGCM.generate_key(bit_length=256)


def key_id(key: bytes) -> str:
    """A short public name of a key: which key a file is wrapped for, without revealing it."""
    return hashlib.sha256(b"kehu key id\x00" + key).hexdigest()[:16]


def _passphrase_key(passphrase: str, salt: bytes, params: dict) -> bytes:
    return Scrypt(salt=salt, length=32, n=params["n"], r=params["r"], p=params["p"]).derive(
        passphrase.encode("utf-8"))


def wrap_with_passphrase(key: bytes, passphrase: str, *, team_id: str) -> dict:
    salt, nonce = os.urandom(16), os.urandom(12)
    kek = _passphrase_key(passphrase, salt, SCRYPT)
    wrapped = AESGCM(kek).encrypt(nonce, key, WRAP_AAD + team_id.encode())
    return {"key_id": key_id(key), "kdf": "scrypt", **SCRYPT, "salt": _b64(salt),
            "nonce": _b64(nonce), "wrapped": _b64(wrapped)}


def unwrap_with_passphrase(info: dict, passphrase: str, *, team_id: str) -> bytes:
    if info.get("kdf") != "scrypt":
        raise SealError("no_key", f"unknown key derivation {info.get('kdf')!r}")
    kek = _passphrase_key(passphrase, _unb64(info["salt"]),
                          {k: int(info[k]) for k in ("n", "r", "p")})
    try:
        key = AESGCM(kek).decrypt(_unb64(info["nonce"]), _unb64(info["wrapped"]),
                                  WRAP_AAD + team_id.encode())
    except InvalidTag:
        raise WrongPassphrase() from None
    if key_id(key) != info.get("key_id"):
        raise WrongPassphrase()
    return key


# -- a PC's own key pair, and the owner's signing key ------------------------------------------
def new_pc_key() -> X25519PrivateKey:
    return X25519PrivateKey.generate()


def private_bytes(key: X25519PrivateKey | Ed25519PrivateKey) -> bytes:
    return key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                             serialization.NoEncryption())


def public_bytes(key) -> bytes:
    return key.public_key().public_bytes(serialization.Encoding.Raw,
                                         serialization.PublicFormat.Raw)


def pc_key_from(raw: bytes) -> X25519PrivateKey:
    return X25519PrivateKey.from_private_bytes(raw)


def new_signing_key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()


def signing_key_from(raw: bytes) -> Ed25519PrivateKey:
    return Ed25519PrivateKey.from_private_bytes(raw)


def sign(key: Ed25519PrivateKey, data: bytes) -> str:
    return _b64(key.sign(data))


def signed_by(public: str, data: bytes, signature: str) -> bool:
    from cryptography.exceptions import InvalidSignature

    try:
        Ed25519PublicKey.from_public_bytes(_unb64(public)).verify(_unb64(signature), data)
    except (InvalidSignature, ValueError, TypeError):
        return False
    return True


def seal(body: bytes, header: dict, recipients: dict[str, bytes],
         pcs: dict[str, bytes] | None = None) -> bytes:
    """The file's bytes: header readable, body encrypted for each recipient key, and for each
    PC of `pcs` (device id -> its X25519 public key), whose own private key alone opens it."""
    content_key = new_key()
    wrapped = []
    for kid, key in recipients.items():
        nonce = os.urandom(12)
        wrapped.append({"key_id": kid, "nonce": _b64(nonce), "wrapped": _b64(
            AESGCM(key).encrypt(nonce, content_key, CONTENT_AAD + kid.encode()))})
    for device, public in sorted((pcs or {}).items()):
        wrapped.append({"pc": device, "wrapped": _b64(_SUITE.encrypt(
            content_key, X25519PublicKey.from_public_bytes(public),
            info=PC_INFO + device.encode()))})
    header = {**header, "recipients": wrapped, "nonce": _b64(os.urandom(12))}
    head = json.dumps(header, ensure_ascii=False, sort_keys=True).encode("utf-8")
    sealed = AESGCM(content_key).encrypt(_unb64(header["nonce"]), body, head)
    return MAGIC + struct.pack(">I", len(head)) + head + sealed


def read_header(data: bytes) -> tuple[dict, int]:
    """The header of a sealed file and where its body starts (SealError if the file is not
    one, or its header has not arrived whole)."""
    if not data.startswith(MAGIC):
        if MAGIC.startswith(data[:len(MAGIC)]):
            raise SealError("incomplete", "the file has not arrived whole")
        raise SealError("not_sealed")
    start = len(MAGIC) + 4
    if len(data) < start:
        raise SealError("incomplete", "the file has not arrived whole")
    (size,) = struct.unpack(">I", data[len(MAGIC):start])
    if size > MAX_HEADER:
        raise SealError("damaged", "header too large")
    if len(data) < start + size:
        raise SealError("incomplete", "the file has not arrived whole")
    try:
        header = json.loads(data[start:start + size].decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise SealError("damaged", "unreadable header") from None
    if not isinstance(header, dict):
        raise SealError("damaged", "unreadable header")
    return header, start + size


def unseal(data: bytes, keys: dict[str, bytes],
           pc: tuple[str, X25519PrivateKey] | None = None) -> tuple[dict, bytes]:
    """The header and body of a sealed file, opened with a team key of `keys` or with this
    PC's own key (`pc`: its device id and private key)."""
    header, body_at = read_header(data)
    head = data[len(MAGIC) + 4:body_at]
    for entry in header.get("recipients", []):
        if not isinstance(entry, dict):
            continue
        if pc is not None and entry.get("pc") == pc[0]:
            try:
                content_key = _SUITE.decrypt(_unb64(entry["wrapped"]), pc[1],
                                             info=PC_INFO + pc[0].encode())
            except (InvalidTag, KeyError, ValueError, TypeError):
                raise SealError("damaged", "the key wrapped for this PC does not open") \
                    from None
            try:
                return header, AESGCM(content_key).decrypt(_unb64(header["nonce"]),
                                                           data[body_at:], head)
            except (InvalidTag, KeyError, ValueError):
                raise SealError("incomplete", "the file has not arrived whole or is damaged") \
                    from None
        key = keys.get(entry.get("key_id"))
        if key is None:
            continue
        try:
            content_key = AESGCM(key).decrypt(_unb64(entry["nonce"]), _unb64(entry["wrapped"]),
                                              CONTENT_AAD + entry["key_id"].encode())
            return header, AESGCM(content_key).decrypt(_unb64(header["nonce"]),
                                                       data[body_at:], head)
        except (InvalidTag, KeyError, ValueError):
            # a body cut short fails its tag: the file is still arriving, or was damaged
            raise SealError("incomplete", "the file has not arrived whole or is damaged") \
                from None
    raise SealError("no_key", "not encrypted for this team's key")
