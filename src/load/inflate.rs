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

/// Read `reader` to its end into a buffer of at most `limit + 1` bytes: one byte more than
/// allowed tells that the content is too large, without reading (or keeping) the rest.
fn read_bounded(
    reader: impl Read,
    hint: Option<usize>,
    input_len: usize,
    limit: usize,
) -> Result<Vec<u8>, DecodeError> {
    let max = limit.saturating_add(1);
    // A right hint gives one allocation of the right size. Past a wrong hint or guess the
    // buffer grows once, to `max`: pages of it count only once written, while doubling
    // would leave the smaller buffers behind in the allocator as well.
    let first = hint
        .map(|h| h.saturating_add(1))
        .unwrap_or_else(|| input_len.saturating_mul(4))
        .clamp(4096.min(max), max);
    let mut out = Vec::with_capacity(first);
    let mut reader = reader.take(max as u64);
    loop {
        let room = out.capacity() - out.len();
        let read = (&mut reader)
            .take(room as u64)
            .read_to_end(&mut out)
            .map_err(|e| DecodeError::Corrupt(e.to_string()))?;
        if read < room {
            break;
        }
        if out.len() >= max {
            return Err(DecodeError::TooLarge);
        }
        out.reserve_exact(max - out.len());
    }
    if out.len() > limit {
        return Err(DecodeError::TooLarge);
    }
    out.shrink_to_fit();
    Ok(out)
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
