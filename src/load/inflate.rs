//! Decoding an attached file's stream out of a PDF within a size limit: a few kilobytes of
//! deflate can inflate to gigabytes (a "deflate bomb"), so inflating stops one byte past the
//! limit and the buffer never grows beyond it.

use std::io::Read;

use flate2::read::{DeflateDecoder, ZlibDecoder};
use lopdf::{DecompressError, Object, Stream};

/// Why a stream could not be decoded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecodeError {
    /// The decoded content is larger than the limit.
    TooLarge,
    /// The content is not valid for its filter; the reason.
    Corrupt(String),
}

/// The decoded content of `stream`, at most `limit` bytes.
///
/// `FlateDecode` (what typst writes) is inflated here with a bounded reader; a stream
/// without a filter is taken as it is. Other filters, and deflate with a predictor, go
/// through lopdf's decoder with the same limit.
pub fn decode(stream: &Stream, limit: usize) -> Result<Vec<u8>, DecodeError> {
    let filters = stream.filters().unwrap_or_default();
    let predictor = stream
        .dict
        .get(b"DecodeParms")
        .and_then(Object::as_dict)
        .and_then(|p| p.get(b"Predictor"))
        .and_then(Object::as_i64)
        .is_ok_and(|p| p > 1);
    match filters.as_slice() {
        [] if stream.content.len() > limit => Err(DecodeError::TooLarge),
        [] => Ok(stream.content.clone()),
        [b"FlateDecode"] if !predictor => inflate(&stream.content, size_hint(stream), limit),
        _ => stream
            .get_plain_content_with_limit(limit)
            .map_err(|e| match e {
                lopdf::Error::Decompress(DecompressError::MemoryLimitExceeded { .. }) => {
                    DecodeError::TooLarge
                }
                e => DecodeError::Corrupt(e.to_string()),
            }),
    }
}

/// The size an embedded file stream declares (`/Params /Size`), if any. Only a hint for
/// the buffer: the limit is checked on what is actually inflated.
fn size_hint(stream: &Stream) -> Option<usize> {
    let size = stream
        .dict
        .get(b"Params")
        .and_then(Object::as_dict)
        .and_then(|p| p.get(b"Size"))
        .and_then(Object::as_i64)
        .ok()?;
    usize::try_from(size).ok()
}

/// Inflate zlib (or, without a zlib header, raw deflate) `data` to at most `limit` bytes.
pub fn inflate(data: &[u8], hint: Option<usize>, limit: usize) -> Result<Vec<u8>, DecodeError> {
    let zlib = data.len() >= 2
        && data[0] & 0x0f == 8
        && ((u16::from(data[0]) << 8) | u16::from(data[1])) % 31 == 0;
    if zlib {
        read_bounded(ZlibDecoder::new(data), hint, data.len(), limit)
    } else {
        read_bounded(DeflateDecoder::new(data), hint, data.len(), limit)
    }
}

/// Read `reader` to its end, at most `limit` bytes. Without a declared size, the guess for
/// the buffer is four times the compressed input.
fn read_bounded(
    reader: impl Read,
    hint: Option<usize>,
    input_len: usize,
    limit: usize,
) -> Result<Vec<u8>, DecodeError> {
    let expected = hint.unwrap_or_else(|| input_len.saturating_mul(4));
    super::read::read_at_most(reader, expected, limit)
        .map_err(|e| DecodeError::Corrupt(e.to_string()))?
        .ok_or(DecodeError::TooLarge)
}

#[cfg(test)]
mod tests {
    use std::io::Write;

    use flate2::Compression;
    use flate2::write::{DeflateEncoder, ZlibEncoder};

    use super::*;

    fn zlib(data: &[u8]) -> Vec<u8> {
        let mut e = ZlibEncoder::new(Vec::new(), Compression::fast());
        e.write_all(data).unwrap();
        e.finish().unwrap()
    }

    #[test]
    fn inflates_within_the_limit_whatever_the_hint() {
        let data: Vec<u8> = (0..100_000u32).map(|i| (i % 251) as u8).collect();
        let packed = zlib(&data);
        for hint in [None, Some(0), Some(10), Some(data.len()), Some(usize::MAX)] {
            assert_eq!(
                inflate(&packed, hint, data.len()),
                Ok(data.clone()),
                "{hint:?}"
            );
        }
        let mut raw = DeflateEncoder::new(Vec::new(), Compression::fast());
        raw.write_all(&data).unwrap();
        assert_eq!(inflate(&raw.finish().unwrap(), None, 1 << 20), Ok(data));
    }

    #[test]
    fn stops_one_byte_past_the_limit() {
        let packed = zlib(&vec![0; 1 << 20]);
        assert_eq!(
            inflate(&packed, None, 1 << 20).map(|v| v.len()),
            Ok(1 << 20)
        );
        for hint in [None, Some(1 << 30)] {
            assert_eq!(
                inflate(&packed, hint, (1 << 20) - 1),
                Err(DecodeError::TooLarge)
            );
        }
        // Limits below the first guess of a buffer.
        for limit in [0, 1, 100] {
            assert_eq!(inflate(&packed, None, limit), Err(DecodeError::TooLarge));
            assert_eq!(inflate(&zlib(b""), None, limit), Ok(Vec::new()));
        }
    }

    #[test]
    fn corrupt_data_is_an_error() {
        let mut packed = zlib(b"formatversion = 1\n");
        packed.truncate(packed.len() - 6);
        packed.push(0xff);
        assert!(matches!(
            inflate(&packed, None, 1 << 20),
            Err(DecodeError::Corrupt(_))
        ));
    }
}
