import CCairo
import PlotNNCore
