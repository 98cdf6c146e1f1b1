/// The channels local response normalisation sums over at channel i (section 3.6.7;
/// Krizhevsky et al. 2012, TensorFlow's `local_response_normalization` with
/// depth_radius = n/2): j from max(0, i − n/2) to min(N − 1, i + n/2), n/2 rounded down,
/// so n + 1 channels away from the ends (the text's "共 n+1 个点").
public struct LRNWindow: Sendable, Hashable {
  public var channels: Int
  public var channel: Int
  public var n: Int

  public init(channels: Int, channel: Int, n: Int) {
    self.channels = channels
    self.channel = channel
    self.n = n
  }

  public var lower: Int { max(0, channel - n / 2) }
  public var upper: Int { min(channels - 1, channel + n / 2) }
  public var range: ClosedRange<Int> { lower...upper }
}
