using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Stores;
using Nop.Data;
using Nop.Services.Catalog;
using Nop.Services.Media;

namespace Nop.Plugin.Misc.AiqLoyalty.Services.AbandonedCarts;

/// <summary>
/// Products of a batch: one product call, one category-id call, one category call and one picture
/// query for the whole batch; picture URLs per distinct product (nopCommerce builds and caches them).
/// </summary>
public class AbandonedCartCatalog : IAbandonedCartCatalog
{
    #region Fields

    private readonly ICategoryService _categoryService;
    private readonly IPictureService _pictureService;
    private readonly IProductService _productService;
    private readonly IRepository<ProductPicture> _productPictureRepository;

    #endregion

    #region Ctor

    /// <summary>Creates the catalog reader.</summary>
    public AbandonedCartCatalog(ICategoryService categoryService,
        IPictureService pictureService,
        IProductService productService,
        IRepository<ProductPicture> productPictureRepository)
    {
        _categoryService = categoryService;
        _pictureService = pictureService;
        _productService = productService;
        _productPictureRepository = productPictureRepository;
    }

    #endregion

    #region Methods

    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<int, AbandonedCartProduct>> GetProductsAsync(IReadOnlyCollection<int> productIds, Store store)
    {
        ArgumentNullException.ThrowIfNull(productIds);
        ArgumentNullException.ThrowIfNull(store);
        if (productIds.Count == 0)
            return new Dictionary<int, AbandonedCartProduct>();

        var ids = productIds.ToArray();
        var products = (await _productService.GetProductsByIdsAsync(ids)).Where(product => product is { Deleted: false }).ToList();

        var categoryIds = await _categoryService.GetProductCategoryIdsAsync(ids);
        var firstCategoryIds = categoryIds.Values.Where(list => list.Length > 0).Select(list => list[0]).Distinct().ToArray();
        var categoryNames = firstCategoryIds.Length == 0
            ? new Dictionary<int, string>()
            : (await _categoryService.GetCategoriesByIdsAsync(firstCategoryIds)).ToDictionary(category => category.Id, category => category.Name);

        var pictureIds = (await _productPictureRepository.Table
                .Where(picture => ids.Contains(picture.ProductId))
                .Select(picture => new { picture.ProductId, picture.PictureId, picture.DisplayOrder })
                .ToListAsync())
            .GroupBy(picture => picture.ProductId)
            .ToDictionary(group => group.Key, group => group.OrderBy(picture => picture.DisplayOrder).ThenBy(picture => picture.PictureId).First().PictureId);

        var result = new Dictionary<int, AbandonedCartProduct>(products.Count);
        foreach (var product in products)
        {
            string imageUrl = null;
            if (pictureIds.TryGetValue(product.Id, out var pictureId))
                imageUrl = await _pictureService.GetPictureUrlAsync(pictureId, 0, false, store.Url);

            string category = null;
            if (categoryIds.TryGetValue(product.Id, out var productCategoryIds) && productCategoryIds.Length > 0)
                categoryNames.TryGetValue(productCategoryIds[0], out category);

            result[product.Id] = new AbandonedCartProduct
            {
                Id = product.Id,
                Sku = product.Sku,
                Name = product.Name,
                ImageUrl = imageUrl,
                Category = category,
                Description = product.ShortDescription,
                Price = product.Price,
                CustomerEntersPrice = product.CustomerEntersPrice,
                Weight = product.Weight
            };
        }

        return result;
    }

    #endregion
}
