import PlotNNCore
print(Catalog.standard.activations.map(\.id))
