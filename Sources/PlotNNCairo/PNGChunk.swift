import PlotNNCore

/// PNG chunks written by hand: the pHYs chunk libpng's simplified writer leaves out.
///
/// Source: the PNG specification (W3C, 3rd edition), 5.3 (chunk layout: length, type, data,
/// CRC-32 over type and data), 11.3.5.3 (pHYs: pixels per unit on x and y, 4 bytes each,
/// big-endian, and the unit, 1 = metre), and annex D (the CRC-32 of ISO 3309, polynomial
/// 0xEDB88320 reflected, initial and final value 0xFFFFFFFF).
enum PNGChunk {
  /// `png` with a pHYs chunk of `pixelsPerMetre` on both axes right after IHDR; `png` as it is
  /// when it does not start with a signature and an IHDR chunk.
  static func insertingResolution(_ pixelsPerMetre: UInt32, into png: [UInt8]) throws(RenderError) -> [UInt8] {
    // 8 bytes of signature, then IHDR: 4 length (13), 4 type, 13 data, 4 CRC.
    let ihdrEnd = 8 + 4 + 4 + 13 + 4
    guard png.count >= ihdrEnd, Array(png[12..<16]) == Array("IHDR".utf8) else {
      throw .cairo("PNG encoding gave no IHDR chunk")
    }
    let data = bigEndian(pixelsPerMetre) + bigEndian(pixelsPerMetre) + [1]
    return Array(png[..<ihdrEnd]) + chunk("pHYs", data) + Array(png[ihdrEnd...])
  }

  /// A whole chunk: length, type, data, CRC-32 of type and data.
  static func chunk(_ type: String, _ data: [UInt8]) -> [UInt8] {
    let body = Array(type.utf8) + data
    return bigEndian(UInt32(data.count)) + body + bigEndian(crc32(body))
  }

  /// CRC-32 (ISO 3309 / ITU-T V.42), bit by bit: chunks are a few bytes long.
  static func crc32(_ bytes: [UInt8]) -> UInt32 {
    var crc: UInt32 = 0xFFFF_FFFF
    for byte in bytes {
      crc ^= UInt32(byte)
      for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
    }
    return crc ^ 0xFFFF_FFFF
  }

  private static func bigEndian(_ v: UInt32) -> [UInt8] {
    [
      UInt8(truncatingIfNeeded: v >> 24), UInt8(truncatingIfNeeded: v >> 16), UInt8(truncatingIfNeeded: v >> 8),
      UInt8(truncatingIfNeeded: v),
    ]
  }
}
