namespace AiqLoyalty.Core; internal static class Placeholder {}
